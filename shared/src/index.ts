export * from './api/errors';
export * from './api/auth';
export * from './api/orgs';
export * from './api/health';
export * from './masking';
