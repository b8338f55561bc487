/** The db-deploy version, shown in every summary footer. Kept equal to package.json by a unit test. */
export const VERSION = '0.1.0';
