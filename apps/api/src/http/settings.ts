import type { HttpEnv } from '../env';

/** What the HTTP layer enforces; every field has a default (see env.ts). */
export interface HttpSettings {
  bodyLimit: number;
  corsOrigins: '*' | readonly string[];
  editsPerMinute: number;
  requestsPerMinute: number;
}

export function httpSettings(env: HttpEnv): HttpSettings {
  return {
    bodyLimit: env.HUTONG_BODY_LIMIT,
    corsOrigins: env.HUTONG_CORS_ORIGINS,
    editsPerMinute: env.HUTONG_EDIT_RATE,
    requestsPerMinute: env.HUTONG_REQUEST_RATE,
  };
}
