import { LauncherSetupError } from "../db";
import { EnvError } from "../env";
import { BackupFileError } from "./readBackup";
import { RestoreRefusedError } from "./restore";
import { UnsupportedValueError } from "./values";

/** Wrong arguments: the message is the usage line. */
export class UsageError extends Error {}

const explained = [UsageError, EnvError, LauncherSetupError, BackupFileError, RestoreRefusedError, UnsupportedValueError];

/**
 * Runs a backup or restore command: problems a person can fix print their message alone, anything
 * else its stack; both exit non-zero.
 */
export function runCommand(main: (log: (line: string) => void) => Promise<void>): void {
  const log = (line: string) => console.log(line);
  main(log).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(explained.some((kind) => error instanceof kind) ? (error as Error).message : error);
      process.exit(1);
    },
  );
}
