/** Types of build-cli.mjs (plain JavaScript, so it runs without a build step). */
export declare const CLI_BUNDLE: string;
export declare function isStale(): boolean;
export declare function buildCli(): Promise<void>;
export declare function ensureCli(): Promise<string>;
