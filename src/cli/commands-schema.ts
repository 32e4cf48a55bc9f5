/** `briefdeck schema`: the outline's JSON Schema on stdout. */
import { outlineJsonSchema } from '../outline/json-schema.js';
import { EXIT, type CliIO } from './io.js';

export function schemaCommand(io: CliIO): number {
  io.stdout(JSON.stringify(outlineJsonSchema(), null, 2) + '\n');
  return EXIT.ok;
}
