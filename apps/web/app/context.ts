import type { ApiClient } from '@passerelles/contracts';

declare module 'react-router' {
  interface AppLoadContext {
    /** The typed API client; on the server it calls the API in-process. */
    api: ApiClient;
    /**
     * This answer's Content-Security-Policy nonce (a fresh one per request, set by the server with the policy): the
     * only inline scripts that run are the ones carrying it.
     */
    cspNonce: string;
  }
}
export {};
