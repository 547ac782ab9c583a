import { enforceRetention, retentionPolicyFromEnv, type Database } from '@passerelles/db';

/** Applies the retention periods once (the server also does, every six hours); prints what went. */
export async function retentionCommand(database: Database): Promise<number> {
  const policy = retentionPolicyFromEnv(process.env);
  const report = await enforceRetention(database.db, new Date(), policy);
  console.log(
    [
      `Durées de conservation appliquées (comptes non confirmés ${policy.unverifiedAccountDays} j, inactifs ${policy.inactiveAccountDays} j, demandes refusées ${policy.refusedRequestDays} j, journal ${policy.auditDays} j) :`,
      `  sessions expirées supprimées      ${report.expiredSessions}`,
      `  liens expirés ou utilisés         ${report.expiredLinks}`,
      `  comptes jamais confirmés          ${report.unverifiedAccounts}`,
      `  comptes inactifs effacés          ${report.inactiveAccounts}`,
      `  demandes d’adhésion refusées      ${report.refusedRequests}`,
      `  entrées du journal d’audit        ${report.auditEntries}`,
      `  compteurs de limitation           ${report.rateLimitWindows}`,
    ].join('\n'),
  );
  return 0;
}
