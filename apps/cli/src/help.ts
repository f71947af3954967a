/** The command reference, printed by `hutong help` and when `hutong` runs without a terminal. */
export const HELP = `hutong — a sourced, time-aware ledger of platform interoperability

Usage: hutong [--api URL] <command> [flags]

Commands
  decide    --host ID --surface S --capability C (--target ID | --url URL) [--at YYYY-MM-DD] [--json]
            what happens when a user on HOST meets TARGET's CAPABILITY on SURFACE, with the evidence
  decide    --batch FILE --json
            one JSON question per line ({"host","surface","capability","target"|"url","at"}; FILE may be -)
  events    [--actor ID] [--from DATE] [--to DATE] [--capability C] [--kind K] [--json]
  actors    [--json]
  compliance [--at DATE] [--regulation ID] [--json]
            crossings a regulation forbids, still in place past its deadline, with days in breach
  diff      --from DATE --to DATE [--json]      what changed between two dates
  openness  --host ID --target ID [--from DATE] [--to DATE] [--json]
            the openness index month by month (see the README for its method)
  figures   [--actor ID] [--json]               sourced numbers: users, shares, revenue …
  serve     [--port N] [--host ADDR]     the HTTP API and web app (default port 3000)
  token     create --role editor|admin --name NAME   an API token for edits (printed once)
  token     list [--json] | revoke ID     the tokens, revoked ones included; revoke one
  import    FILE [--format json|ndjson|csv] [--dry-run] [--author NAME] [--reason TEXT] [--json]
            validate a whole file, then store all of it in one transaction or nothing
  export    --format json|ndjson|csv [--out FILE]   the whole ledger (stdout by default)
  help      this text

Global
  --api URL   use a running hutong server instead of the embedded ledger (or set HUTONG_API)

Environment
  HUTONG_DATA_DIR   where the embedded store lives (default ./.hutong)
  DATABASE_URL      use a PostgreSQL server instead of the embedded store

Exit codes: 0 ok, 1 failure, 2 bad arguments.`;
