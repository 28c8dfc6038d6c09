import { Paper, Stack, Text, Title, type StackProps } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';

/**
 * The frame of a sign-in page, for citizens and staff alike: the title, a line of introduction,
 * and the form in a bordered panel. `layout` places the column (its width, centring).
 */
export function SignInFrame(props: {
  title: string;
  intro: string;
  layout: StackProps;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Stack gap="md" {...props.layout}>
      <Title order={1} fz="h2">
        {props.title}
      </Title>
      <Text>{props.intro}</Text>
      <Paper withBorder p="lg">
        <form
          ref={props.formRef}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            props.onSubmit();
          }}
        >
          <Stack gap="md">{props.children}</Stack>
        </form>
      </Paper>
    </Stack>
  );
}
