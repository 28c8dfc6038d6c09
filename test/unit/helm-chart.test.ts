import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderChart, type Manifest } from '../support/helm-template.ts';

/** The Helm chart in deploy/helm/tawasul renders to the objects a cluster needs, wired to each other. */

const root = path.resolve(import.meta.dirname, '../..');
const chartDir = path.join(root, 'deploy/helm/tawasul');
const defaults = parse(fs.readFileSync(path.join(chartDir, 'values.yaml'), 'utf8')) as { image: { repository: string; tag: string } };
const databaseUrl = 'postgres://tawasul:secret@db.internal:5432/tawasul';

interface Container {
  name: string;
  image: string;
  command: string[];
  env?: { name: string; value: string }[];
  envFrom?: { secretRef: { name: string } }[];
  ports?: { name: string; containerPort: number }[];
  livenessProbe?: { httpGet: { path: string; port: string } };
  readinessProbe?: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  volumeMounts: { name: string; mountPath: string }[];
}
interface PodSpec {
  securityContext: { runAsNonRoot: boolean; runAsUser: number };
  containers: Container[];
  volumes: { name: string; persistentVolumeClaim?: { claimName: string }; emptyDir?: object }[];
}
type Deployment = Manifest & { spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } } };

const byKind = (manifests: Manifest[], kind: string) => manifests.filter((m) => m.kind === kind);
function deployment(manifests: Manifest[], component: string): Deployment | undefined {
  return byKind(manifests, 'Deployment').find((d) => d.metadata.labels?.['app.kubernetes.io/component'] === component) as Deployment | undefined;
}
const container = (d: Deployment) => d.spec.template.spec.containers[0]!;
const envOf = (c: Container, name: string) => c.env?.find((e) => e.name === name)?.value;

describe('Helm chart', () => {
  const manifests = renderChart(chartDir, { databaseUrl });

  it('renders a Secret, a Service, a volume claim and the server and worker deployments by default', () => {
    expect(manifests.map((m) => m.kind).sort()).toEqual(['Deployment', 'Deployment', 'PersistentVolumeClaim', 'Secret', 'Service']);
    for (const m of manifests) expect(m.metadata.labels?.['app.kubernetes.io/instance'], m.template).toBe('demo');
  });

  it('both deployments run the image from the values, as the image user, with their own command', () => {
    const app = deployment(manifests, 'app')!;
    const worker = deployment(manifests, 'worker')!;
    const image = `${defaults.image.repository}:${defaults.image.tag}`;
    expect(container(app).image).toBe(image);
    expect(container(worker).image).toBe(image);
    expect(container(app).command).toEqual(['node', 'bin/tawasul.js', 'start']);
    expect(container(worker).command).toEqual(['node', 'bin/tawasul.js', 'worker']);
    // The uid the Dockerfile creates, so the volume's files belong to the process.
    const uid = /useradd[^\n]*--uid (\d+)/.exec(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'))![1];
    for (const d of [app, worker]) {
      expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      expect(String(d.spec.template.spec.securityContext.runAsUser)).toBe(uid);
      // The selector picks the deployment's own pods.
      expect(d.spec.template.metadata.labels).toMatchObject(d.spec.selector.matchLabels);
    }
    const overridden = renderChart(chartDir, { databaseUrl, image: { repository: 'registry.example/tawasul', tag: '1.2.3' } });
    expect(container(deployment(overridden, 'app')!).image).toBe('registry.example/tawasul:1.2.3');
  });

  it('the Secret holds DATABASE_URL and the configuration as strings, and both deployments read it', () => {
    const secret = byKind(manifests, 'Secret')[0]! as Manifest & { stringData: Record<string, unknown> };
    expect(secret.stringData.DATABASE_URL).toBe(databaseUrl);
    expect(secret.stringData.TAWASUL_DEMO).toBe('off');
    for (const value of Object.values(secret.stringData)) expect(typeof value).toBe('string');
    const numeric = renderChart(chartDir, { databaseUrl, config: { TAWASUL_SWEEP_SECONDS: 60 } });
    expect((byKind(numeric, 'Secret')[0] as Manifest & { stringData: Record<string, unknown> }).stringData.TAWASUL_SWEEP_SECONDS).toBe('60');
    for (const component of ['app', 'worker']) {
      expect(container(deployment(manifests, component)!).envFrom).toEqual([{ secretRef: { name: secret.metadata.name } }]);
    }
  });

  it('with existingSecret the chart creates no Secret and the pods read the named one; without either it refuses', () => {
    const own = renderChart(chartDir, { existingSecret: 'tawasul-prod' });
    expect(byKind(own, 'Secret')).toEqual([]);
    expect(container(deployment(own, 'app')!).envFrom).toEqual([{ secretRef: { name: 'tawasul-prod' } }]);
    expect(container(deployment(own, 'worker')!).envFrom).toEqual([{ secretRef: { name: 'tawasul-prod' } }]);
    expect(() => renderChart(chartDir, {})).toThrow(/databaseUrl is required/);
  });

  it('the server is probed on /healthz (alive, started) and /readyz (ready) on its http port, which the Service targets', () => {
    const app = container(deployment(manifests, 'app')!);
    expect(app.ports).toEqual([{ name: 'http', containerPort: 3000 }]);
    expect(app.livenessProbe!.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(app.startupProbe!.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(app.readinessProbe!.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(envOf(app, 'HOST')).toBe('0.0.0.0');
    expect(envOf(app, 'PORT')).toBe('3000');
    const service = byKind(manifests, 'Service')[0]! as Manifest & { spec: { selector: Record<string, string>; ports: { targetPort: string }[] } };
    expect(service.spec.ports[0]!.targetPort).toBe('http');
    expect(deployment(manifests, 'app')!.spec.template.metadata.labels).toMatchObject(service.spec.selector);
    expect(deployment(manifests, 'worker')!.spec.template.metadata.labels).not.toMatchObject(service.spec.selector);
  });

  it('the servers leave the background loops to the worker, and run them when the worker is off', () => {
    expect(envOf(container(deployment(manifests, 'app')!), 'TAWASUL_WORKER')).toBe('off');
    const alone = renderChart(chartDir, { databaseUrl, worker: { enabled: false } });
    expect(deployment(alone, 'worker')).toBeUndefined();
    expect(envOf(container(deployment(alone, 'app')!), 'TAWASUL_WORKER')).toBe('on');
  });

  it('the server and the worker mount the same attachments volume: the claim, or an emptyDir without persistence', () => {
    const claim = byKind(manifests, 'PersistentVolumeClaim')[0]!;
    for (const component of ['app', 'worker']) {
      const d = deployment(manifests, component)!;
      expect(container(d).volumeMounts).toEqual([{ name: 'data', mountPath: '/var/lib/tawasul' }]);
      expect(d.spec.template.spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: claim.metadata.name } }]);
    }
    const scratch = renderChart(chartDir, { databaseUrl, persistence: { enabled: false } });
    expect(byKind(scratch, 'PersistentVolumeClaim')).toEqual([]);
    expect(deployment(scratch, 'app')!.spec.template.spec.volumes).toEqual([{ name: 'data', emptyDir: {} }]);
  });

  it('the optional ingress routes its host to the Service, with TLS when a secret is named', () => {
    expect(byKind(manifests, 'Ingress')).toEqual([]);
    const exposed = renderChart(chartDir, { databaseUrl, ingress: { enabled: true, host: 'tawasul.gov.example', className: 'nginx', tlsSecretName: 'tawasul-tls' } });
    const ingress = byKind(exposed, 'Ingress')[0]! as Manifest & {
      spec: { ingressClassName: string; tls: { hosts: string[]; secretName: string }[]; rules: { host: string; http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[] };
    };
    const service = byKind(exposed, 'Service')[0]!;
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ hosts: ['tawasul.gov.example'], secretName: 'tawasul-tls' }]);
    expect(ingress.spec.rules[0]!.host).toBe('tawasul.gov.example');
    expect(ingress.spec.rules[0]!.http.paths[0]!.backend.service).toEqual({ name: service.metadata.name, port: { name: 'http' } });
    const plain = renderChart(chartDir, { databaseUrl, ingress: { enabled: true } });
    expect((byKind(plain, 'Ingress')[0] as Manifest & { spec: object }).spec).not.toHaveProperty('tls');
  });

  it('the renderer refuses what it does not know, so the templates stay within what this test checks', () => {
    const dir = fs.mkdtempSync(path.join(root, 'test/.helm-'));
    try {
      fs.mkdirSync(path.join(dir, 'templates'));
      fs.writeFileSync(path.join(dir, 'Chart.yaml'), 'name: t\nversion: 0.0.1\n');
      fs.writeFileSync(path.join(dir, 'values.yaml'), 'a: 1\n');
      fs.writeFileSync(path.join(dir, 'templates/x.yaml'), 'b: {{ .Values.a | b64enc }}\n');
      expect(() => renderChart(dir)).toThrow(/unknown function: b64enc/);
      fs.writeFileSync(path.join(dir, 'templates/x.yaml'), 'b: {{ .Values.missing }}\n');
      expect(() => renderChart(dir)).toThrow(/missing value .Values.missing/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
