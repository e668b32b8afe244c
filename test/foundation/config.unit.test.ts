import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_ANNOTATORS, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to a local server on the standard ports and API port 4000', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: '', NEO4J_BOLT_PORT: '', NEO4J_HEAP_SIZE: '' });
    expect(config.externalNeo4j).toBe(false);
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.port).toBe(4000);
    expect(config.local.heapSize).toBe('4g');
  });

  it('uses NEO4J_URI as given and marks the server external', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_DATABASE: 'graph' });
    expect(config.externalNeo4j).toBe(true);
    expect(config.neo4j.uri).toBe('neo4j+s://example.databases.neo4j.io');
    expect(config.neo4j.database).toBe('graph');
  });

  it('rejects a bad port or memory size with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'forty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'forty' })).toThrow(/PORT="forty" is not a port number/);
    expect(() => loadConfig({ NEO4J_HEAP_SIZE: 'lots' })).toThrow(/NEO4J_HEAP_SIZE="lots" is not a memory size/);
  });

  it('gives the language server a loopback port, a heap and the full pipeline unless told otherwise', () => {
    const { nlp } = loadConfig({ NLP_PORT: '', NLP_HEAP: '', NLP_ANNOTATORS: '' });
    expect([nlp.port, nlp.heapSize, nlp.annotators]).toEqual([9020, '3g', DEFAULT_ANNOTATORS]);
    expect(loadConfig({ NLP_ANNOTATORS: 'tokenize, ssplit,pos' }).nlp.annotators).toBe('tokenize,ssplit,pos');
    expect(() => loadConfig({ NLP_ANNOTATORS: 'tokenize;rm -rf' })).toThrow(/NLP_ANNOTATORS="tokenize;rm -rf" is not/);
    expect(() => loadConfig({ NLP_HEAP: 'big' })).toThrow(/NLP_HEAP="big" is not a memory size/);
  });
});
