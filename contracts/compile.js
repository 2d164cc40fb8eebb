#!/usr/bin/env node
// Compiles contracts/src with the pinned solc-js (package.json) through the standard-JSON
// interface and writes, for each deployable contract, build/<Name>.abi (JSON) and
// build/<Name>.bin (creation bytecode, hex). Test-only contracts go to build/test/.
// The output depends only on the sources and the settings below: metadata hashes are off and
// source names are relative, so two runs (on any machine) give identical files.
//
// Usage: node compile.js            (from contracts/, after `npm ci`)
"use strict";

const fs = require("fs");
const path = require("path");
const solc = require("solc");

const ROOT = __dirname;
const SRC = path.join(ROOT, "src");
const BUILD = path.join(ROOT, "build");

// Contracts that get an ABI and bytecode, and whether they are test-only.
const DEPLOYABLE = [
  { name: "SESH", file: "src/SESH.sol" },
  { name: "RewardRatePool", file: "src/RewardRatePool.sol" },
  { name: "ServiceNodeRewards", file: "src/ServiceNodeRewards.sol" },
  { name: "DevnetServiceNodeRewards", file: "src/DevnetServiceNodeRewards.sol" },
  { name: "ServiceNodeContributionFactory", file: "src/ServiceNodeContributionFactory.sol" },
  { name: "ServiceNodeContribution", file: "src/ServiceNodeContribution.sol" },
  { name: "HashToG2Harness", file: "src/test/HashToG2Harness.sol", test: true },
];

// Arbitrum One supports Cancun (ArbOS 20 and later). The deployed contracts were built for paris
// with runs: 1; neither setting changes the ABI. The legacy code generator compiles in ~20 s and
// needs no stack-depth help here (viaIR takes ~80 s); ServiceNodeContributionFactory, which
// embeds the creation code of ServiceNodeContribution, stays ~3.7 KB under the EIP-170 limit.
const SETTINGS = {
  evmVersion: "cancun",
  viaIR: false,
  optimizer: { enabled: true, runs: 200 },
  metadata: { bytecodeHash: "none", appendCBOR: false },
  outputSelection: {
    "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] },
  },
};

const EIP170_LIMIT = 24576; // runtime code
const EIP3860_LIMIT = 49152; // init code

function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(p));
    else if (entry.name.endsWith(".sol")) out.push(p);
  }
  return out.sort();
}

function findImport(importPath) {
  if (!importPath.startsWith("@openzeppelin/")) return { error: `unknown import ${importPath}` };
  const p = path.join(ROOT, "node_modules", importPath);
  try {
    return { contents: fs.readFileSync(p, "utf8") };
  } catch (e) {
    return { error: `cannot read ${p}: ${e.message} (run npm ci in contracts/)` };
  }
}

function main() {
  const sources = {};
  for (const file of listSources(SRC)) {
    const key = path.relative(ROOT, file).split(path.sep).join("/");
    sources[key] = { content: fs.readFileSync(file, "utf8") };
  }
  const input = { language: "Solidity", sources, settings: SETTINGS };

  const started = Date.now();
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  let failed = false;
  for (const err of output.errors || []) {
    if (err.severity === "error") failed = true;
    process.stderr.write(err.formattedMessage + "\n");
  }
  if (failed) {
    process.stderr.write("compile.js: compilation failed\n");
    process.exit(1);
  }

  fs.rmSync(BUILD, { recursive: true, force: true });
  fs.mkdirSync(path.join(BUILD, "test"), { recursive: true });
  for (const { name, file, test } of DEPLOYABLE) {
    const c = output.contracts[file] && output.contracts[file][name];
    if (!c) {
      process.stderr.write(`compile.js: ${name} not found in ${file}\n`);
      process.exit(1);
    }
    const runtime = c.evm.deployedBytecode.object.length / 2;
    const init = c.evm.bytecode.object.length / 2;
    if (runtime > EIP170_LIMIT || init > EIP3860_LIMIT) {
      process.stderr.write(`compile.js: ${name} too large: runtime ${runtime} B, init ${init} B\n`);
      process.exit(1);
    }
    const dir = test ? path.join(BUILD, "test") : BUILD;
    fs.writeFileSync(path.join(dir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + "\n");
    fs.writeFileSync(path.join(dir, `${name}.bin`), c.evm.bytecode.object + "\n");
    process.stdout.write(`${name.padEnd(32)} runtime ${String(runtime).padStart(6)} B  init ${String(init).padStart(6)} B\n`);
  }
  const info = { compiler: solc.version(), settings: SETTINGS };
  fs.writeFileSync(path.join(BUILD, "build-info.json"), JSON.stringify(info, null, 2) + "\n");
  process.stdout.write(`compiled with solc ${solc.version()} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
