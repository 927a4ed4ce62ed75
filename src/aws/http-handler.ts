/**
 * The SDK's Node HTTP handler, keeping each answer's body as bytes: when an answer is not an
 * AWS answer (a proxy's HTML error page, a truncated body), the SDK consumes the stream while
 * failing to parse it and only its first ten characters survive in a SyntaxError. With the body
 * kept, ./describe-error.ts can say what really came back. The services this action calls
 * (STS, CodePipeline, EKS, CloudFormation, …) answer small JSON or XML documents that the SDK
 * reads whole anyway; event streams and binary downloads are passed through untouched.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Readable } from 'node:stream';

type HandleArgs = Parameters<NodeHttpHandler['handle']>;
type HandleResult = Awaited<ReturnType<NodeHttpHandler['handle']>>;

const STREAMING = /^(application\/vnd\.amazon\.eventstream|application\/octet-stream)\b/i;

function isReadable(body: unknown): body is Readable {
  return body !== null && typeof body === 'object' && typeof (body as Readable).pipe === 'function' && Symbol.asyncIterator in body;
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

export class BodyKeepingHttpHandler extends NodeHttpHandler {
  override async handle(...args: HandleArgs): Promise<HandleResult> {
    const result = await super.handle(...args);
    const { response } = result;
    const type = String(response.headers['content-type'] ?? '');
    if (isReadable(response.body) && !STREAMING.test(type)) response.body = await readAll(response.body);
    return result;
  }
}
