import { Initial1795493213190 } from './1795493213190-Initial';

export const sqljsMigrations = [Initial1795493213190];
