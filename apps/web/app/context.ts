import type { ApiClient } from '@passerelles/contracts';

declare module 'react-router' {
  interface AppLoadContext {
    /** The typed API client; on the server it calls the API in-process. */
    api: ApiClient;
  }
}
export {};
