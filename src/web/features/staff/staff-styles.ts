// The CSS of Mantine components only the staff workspace uses: loaded with its chunk, not on the citizen home page.
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Divider.css';
import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Kbd.css';
