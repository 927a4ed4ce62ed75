/** credentials: AWS credentials for later steps (outputs, masked exported environment, summary). */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { writeCredentialsSummary } from '../report/credentials.js';

export default async function credentialsCommand(ctx: CommandContext): Promise<void> {
  const session = await openAwsSession(ctx, { identifyAmbient: true });
  await writeCredentialsSummary(
    {
      source: session.source ?? 'ambient',
      accountId: session.accountId ?? '',
      arn: session.arn ?? '',
      expiration: session.expiration,
      viaArn: session.viaArn,
      exported: session.source === 'oidc',
      region: session.region,
    },
    ctx.env,
  );
}
