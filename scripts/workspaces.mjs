#!/usr/bin/env node
// The workspace packages in dependency order (a package after every workspace package it depends on,
// in dependencies or peerDependencies, and after its devDependencies where no cycle forbids it), one
// directory a line; ties keep the order of the root package.json's `workspaces`. `npm run build --workspaces` runs in listed order instead,
// and tsup's type build needs its dependencies' dist/ first.
//   node scripts/workspaces.mjs            every workspace
//   node scripts/workspaces.mjs --public   only packages that are published (not "private")
//   node scripts/workspaces.mjs --run build  runs `npm run build` in each that has the script, in order
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** Workspace directories expanded from the root globs (`dir/*` or a plain directory), without repeats. */
export function workspaceDirs() {
  const dirs = readJson('package.json').workspaces.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(join(root, glob.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => `${glob.slice(0, -2)}/${d.name}`)
          .sort()
      : [glob],
  );
  return [...new Set(dirs)].filter((dir) => existsSync(join(root, dir, 'package.json')));
}

/** The workspaces, each after the workspaces it depends on; throws on a dependency cycle, naming it. */
export function workspacesInDependencyOrder() {
  const packages = workspaceDirs().map((dir) => ({ dir, json: readJson(join(dir, 'package.json')) }));
  const byName = new Map(packages.map((p) => [p.json.name, p]));
  const workspaceNames = (record = {}) => Object.keys(record).filter((name) => byName.has(name));
  // Runtime dependencies bind; a devDependency (tests, build scripts) is ordered first too unless it
  // leads back to the package (testing → scenarios → preset → rules → testing, through devDependencies).
  const edges = new Map(
    packages.map((p) => [p.json.name, new Set(workspaceNames({ ...p.json.dependencies, ...p.json.peerDependencies }))]),
  );
  const reaches = (from, to, seen = new Set()) => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return [...edges.get(from)].some((next) => reaches(next, to, seen));
  };
  for (const p of packages) {
    for (const name of workspaceNames(p.json.devDependencies)) if (!reaches(name, p.json.name)) edges.get(p.json.name).add(name);
  }
  const ordered = [];
  const state = new Map(); // name → 'visiting' | 'done'
  const visit = (name, trail) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`workspace dependency cycle: ${[...trail, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const next of edges.get(name)) visit(next, [...trail, name]);
    state.set(name, 'done');
    ordered.push(byName.get(name));
  };
  for (const p of packages) visit(p.json.name, []);
  return ordered;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const publicOnly = args.includes('--public');
  const script = args.includes('--run') ? args[args.indexOf('--run') + 1] : undefined;
  const selected = workspacesInDependencyOrder().filter((p) => !publicOnly || !p.json.private);
  if (script === undefined) {
    for (const p of selected) console.log(p.dir);
  } else {
    for (const p of selected.filter((p) => p.json.scripts?.[script])) {
      console.error(`== ${script} ${p.json.name}`);
      try {
        execFileSync('npm', ['run', script, '--silent'], { cwd: join(root, p.dir), stdio: 'inherit' });
      } catch {
        console.error(`✗ ${script} failed in ${p.dir}`);
        process.exit(1);
      }
    }
  }
}
