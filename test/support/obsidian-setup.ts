// Setup for tests that run plugin code in obsidian-test-mocks (see test/README.md).
// The mocks patch DOM prototypes, so jsdom's globals must exist first: this file runs in
// vitest's jsdom environment, which provides them before any setup file.
import { setup } from "obsidian-test-mocks/setup";

setup();
