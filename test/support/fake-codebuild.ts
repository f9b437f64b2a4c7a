import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeBuild {
  id: string;
  projectName: string;
  sourceVersion: string;
  idempotencyToken?: string;
  environment: Record<string, string>;
  buildStatus: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'FAULT' | 'TIMED_OUT' | 'STOPPED';
  /** BatchGetBuilds answers IN_PROGRESS this many more times, then `end`. */
  pollsLeft: number;
  end: FakeBuild['buildStatus'];
  /** While true the build never finishes (a test finishes it with `finish`). */
  held: boolean;
  buildNumber: number;
  startTime: number;
  timeoutInMinutes: number;
  queuedTimeoutInMinutes: number;
}

/** One answer the endpoint gives instead of the real one: an AWS error, or a dropped connection. */
export type FakeFault = { operation: string; status: number; type: string } | { operation: string; drop: true };

/**
 * A local CodeBuild endpoint on 127.0.0.1 speaking the AWS JSON 1.1 protocol the SDK uses:
 * `POST /` with `X-Amz-Target: CodeBuild_20161006.<Operation>` and a JSON body. It answers
 * StartBuild (honouring the idempotency token as CodeBuild does: same token, same build),
 * BatchGetBuilds (at most 100 ids), ListBuildsForProject (newest first, 100 a page; a
 * `sortOrder` on a project with more than 100 builds is refused, as the API reference says)
 * and StopBuild, and records every call. `faults` makes it answer 5xx, throttle, or drop the connection.
 */
export class FakeCodeBuild {
  readonly calls: Array<{ operation: string; body: Record<string, unknown> }> = [];
  readonly builds: FakeBuild[] = [];
  readonly projects = new Set<string>();
  /** How a new build ends; default: succeeds after one poll. */
  outcome: (build: FakeBuild) => { status: FakeBuild['buildStatus']; polls: number; held?: boolean } = () => ({ status: 'SUCCEEDED', polls: 1 });
  /** Answers to give instead of the real ones, first matching operation first (consumed). */
  readonly faults: FakeFault[] = [];
  private server?: Server;
  url = '';

  constructor(projects: string[]) {
    for (const p of projects) this.projects.add(p);
  }

  get starts(): Array<Record<string, unknown>> {
    return this.calls.filter(c => c.operation === 'StartBuild').map(c => c.body);
  }

  /** CodeBuild honours an idempotency token for 5 minutes only: after this, the same token starts a new build. */
  expireTokens(): void {
    for (const b of this.builds) b.idempotencyToken = undefined;
  }

  finish(id: string, status: FakeBuild['buildStatus'] = 'SUCCEEDED'): void {
    const b = this.builds.find(x => x.id === id);
    if (!b) throw new Error(`no build ${id}`);
    b.held = false;
    b.pollsLeft = 0;
    b.end = status;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', c => chunks.push(c as Buffer));
      req.on('end', () => {
        const target = String(req.headers['x-amz-target'] ?? '');
        const reply = (status: number, body: unknown, type?: string) => {
          res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...(type ? { 'x-amzn-errortype': type } : {}) });
          res.end(JSON.stringify(body));
        };
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          return reply(400, { __type: 'SerializationException', message: 'bad JSON' }, 'SerializationException');
        }
        if (req.method !== 'POST' || !String(req.headers['content-type']).startsWith('application/x-amz-json-1.1') || !target.startsWith('CodeBuild_20161006.')) {
          return reply(400, { __type: 'UnknownOperationException', message: `not a CodeBuild JSON request: ${req.method} ${target}` }, 'UnknownOperationException');
        }
        if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) {
          return reply(400, { __type: 'MissingAuthenticationTokenException', message: 'unsigned request' }, 'MissingAuthenticationTokenException');
        }
        const operation = target.slice('CodeBuild_20161006.'.length);
        this.calls.push({ operation, body });
        const fault = this.faults.findIndex(f => f.operation === operation);
        if (fault >= 0) {
          const [f] = this.faults.splice(fault, 1);
          if ('drop' in f) return void req.socket.destroy();
          return reply(f.status, { __type: f.type, message: `injected ${f.type}` }, f.type);
        }
        if (operation === 'StartBuild') return this.startBuild(body, reply);
        if (operation === 'BatchGetBuilds') {
          const ids = (body.ids as string[]) ?? [];
          if (ids.length < 1 || ids.length > 100) return reply(400, { __type: 'InvalidInputException', message: 'ids must hold 1 to 100 build ids' }, 'InvalidInputException');
          const found = ids.map(id => this.builds.find(b => b.id === id)).filter((b): b is FakeBuild => !!b);
          // A poll asks about one build: only then does the build move on (a lookup of many builds is not a poll).
          if (ids.length === 1) for (const b of found) this.advance(b);
          return reply(200, { builds: found.map(b => this.json(b)), buildsNotFound: ids.filter(id => !found.some(b => b.id === id)) });
        }
        if (operation === 'ListBuildsForProject') {
          const project = String(body.projectName ?? '');
          if (!this.projects.has(project)) return reply(400, { __type: 'ResourceNotFoundException', message: `Project cannot be found: ${project}` }, 'ResourceNotFoundException');
          const mine = this.builds.filter(b => b.projectName === project);
          if (body.sortOrder !== undefined && mine.length > 100) return reply(400, { __type: 'InvalidInputException', message: 'sortOrder cannot be set for a project with more than 100 builds' }, 'InvalidInputException');
          const ordered = [...mine].sort((a, b) => (body.sortOrder === 'ASCENDING' ? a.buildNumber - b.buildNumber : b.buildNumber - a.buildNumber));
          const from = Number(body.nextToken ?? 0);
          const ids = ordered.slice(from, from + 100).map(b => b.id);
          return reply(200, { ids, ...(from + 100 < ordered.length ? { nextToken: String(from + 100) } : {}) });
        }
        if (operation === 'StopBuild') {
          const b = this.builds.find(x => x.id === body.id);
          if (!b) return reply(400, { __type: 'ResourceNotFoundException', message: `Build cannot be found: ${String(body.id)}` }, 'ResourceNotFoundException');
          if (b.buildStatus === 'IN_PROGRESS') {
            b.buildStatus = 'STOPPED';
            b.held = false;
          }
          return reply(200, { build: this.json(b) });
        }
        return reply(400, { __type: 'InvalidInputException', message: `operation ${operation} is not faked` }, 'InvalidInputException');
      });
    });
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  private startBuild(body: Record<string, unknown>, reply: (status: number, body: unknown, type?: string) => void): void {
    const project = String(body.projectName ?? '');
    if (!this.projects.has(project)) return reply(400, { __type: 'ResourceNotFoundException', message: `Project cannot be found: ${project}` }, 'ResourceNotFoundException');
    const sourceVersion = String(body.sourceVersion ?? '');
    if (!/^[0-9a-f]{40}$/.test(sourceVersion)) return reply(400, { __type: 'InvalidInputException', message: `bad sourceVersion ${sourceVersion}` }, 'InvalidInputException');
    const token = body.idempotencyToken as string | undefined;
    const same = token ? this.builds.find(b => b.idempotencyToken === token) : undefined;
    if (same) {
      // CodeBuild: a repeated token with different parameters is an error, not a new build.
      if (same.projectName !== project || same.sourceVersion !== sourceVersion) {
        return reply(400, { __type: 'IdempotentParameterMismatchException', message: 'token reused with other parameters' }, 'IdempotentParameterMismatchException');
      }
      return reply(200, { build: this.json(same) });
    }
    const env = Object.fromEntries(((body.environmentVariablesOverride as Array<{ name: string; value: string }>) ?? []).map(v => [v.name, v.value]));
    const build: FakeBuild = {
      id: `${project}:${randomUUID()}`,
      projectName: project,
      sourceVersion,
      idempotencyToken: token,
      environment: env,
      buildStatus: 'IN_PROGRESS',
      pollsLeft: 0,
      end: 'SUCCEEDED',
      held: false,
      buildNumber: this.builds.filter(b => b.projectName === project).length + 1,
      startTime: Math.floor(Date.now() / 1000),
      timeoutInMinutes: Number(body.timeoutInMinutesOverride ?? 60),
      queuedTimeoutInMinutes: Number(body.queuedTimeoutInMinutesOverride ?? 480),
    };
    const o = this.outcome(build);
    build.pollsLeft = o.polls;
    build.end = o.status;
    build.held = o.held ?? false;
    this.builds.push(build);
    reply(200, { build: this.json(build) });
  }

  private advance(b: FakeBuild): void {
    if (b.buildStatus !== 'IN_PROGRESS' || b.held) return;
    if (b.pollsLeft > 0) b.pollsLeft--;
    else b.buildStatus = b.end;
  }

  private json(b: FakeBuild) {
    const stream = b.id.split(':')[1];
    return {
      id: b.id,
      arn: `arn:aws:codebuild:us-east-1:123456789012:build/${b.id}`,
      projectName: b.projectName,
      sourceVersion: b.sourceVersion,
      buildStatus: b.buildStatus,
      currentPhase: b.buildStatus === 'IN_PROGRESS' ? 'BUILD' : 'COMPLETED',
      buildNumber: b.buildNumber,
      startTime: b.startTime,
      timeoutInMinutes: b.timeoutInMinutes,
      queuedTimeoutInMinutes: b.queuedTimeoutInMinutes,
      phases: b.buildStatus === 'FAILED' ? [{ phaseType: 'BUILD', phaseStatus: 'FAILED', contexts: [{ statusCode: 'COMMAND_EXECUTION_ERROR', message: 'Error while executing command: ./deploy.sh. Reason: exit status 1' }] }] : [],
      logs: { deepLink: `https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#logEvent:group=/aws/codebuild/${b.projectName};stream=${stream}` },
      environment: { environmentVariables: Object.entries(b.environment).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' })) },
    };
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server!.close(() => resolve()));
    this.server = undefined;
  }
}
