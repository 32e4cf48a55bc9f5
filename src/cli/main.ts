/** Process entry of the unbundled build (dist/cli/main.js): runs the CLI and sets the exit code. */
import { main } from './entry.js';

process.exitCode = await main(process.argv.slice(2));
