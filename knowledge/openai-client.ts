/**
 * The OpenAI SDK client for a configured endpoint (OPENAI_*): grounded answers and alias writing
 * both talk to it. The SDK is loaded only when a model is configured: it is ≈ 150 modules the
 * extractive default never uses.
 */
import type OpenAI from 'openai';
import type { ModelEndpoint } from '../core/config';

export function createOpenAIClient(endpoint: ModelEndpoint, timeoutMs: number): OpenAI {
  const { default: OpenAIClient } = require('openai') as { default: typeof OpenAI };
  return new OpenAIClient({
    apiKey: endpoint.apiKey,
    ...(endpoint.baseUrl ? { baseURL: endpoint.baseUrl } : {}),
    timeout: timeoutMs,
    maxRetries: 2,
  });
}
