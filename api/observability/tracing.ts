/**
 * OpenTelemetry traces, exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set (off otherwise: nothing is
 * registered, no span is made). A trace holds the GraphQL operation (@envelop/opentelemetry, one span named
 * `<type>.<name>`), the resolvers that took at least TRACE_RESOLVER_MIN_MS (shorter ones are dropped before export)
 * and the SQL Prisma sent (@prisma/instrumentation).
 *
 * Spans carry no personal data: resolver arguments, variables and results are never exported (the plugin records
 * resolver arguments: a span processor removes them), and recorded exceptions keep their type but not their message
 * (GraphQL errors' messages may quote input). The operation's document is recorded only when it has no inline
 * argument values (the plugin's own rule).
 */
import { useOpenTelemetry } from '@envelop/opentelemetry';
import type { Context } from '@opentelemetry/api';
import { context as otelContext, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  type ReadableSpan,
  type Span,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import type { Plugin } from 'graphql-yoga';
import type { TracingSettings } from './settings.js';

export type { TracingSettings } from './settings.js';

/** Span attributes that may carry input values or results; removed from every exported span. */
const PRIVATE_ATTRIBUTES = ['graphql.resolver.args', 'graphql.execute.variables', 'graphql.execute.result'];
/** Event attributes kept on exported events (an exception's type, not its message or stack). */
const KEPT_EVENT_ATTRIBUTES = new Set(['exception.type']);
/** The attribute @envelop/opentelemetry sets on resolver spans. */
const RESOLVER_ATTRIBUTE = 'graphql.resolver.fieldName';

const durationMs = (span: ReadableSpan) => span.duration[0] * 1000 + span.duration[1] / 1e6;

/** A view of `span` without the private attributes and the events' messages. */
function withoutPrivateData(span: ReadableSpan): ReadableSpan {
  const attributes = Object.fromEntries(
    Object.entries(span.attributes).filter(([key]) => !PRIVATE_ATTRIBUTES.includes(key)),
  );
  const events = span.events.map((event) => ({
    ...event,
    attributes: Object.fromEntries(
      Object.entries(event.attributes ?? {}).filter(([key]) => KEPT_EVENT_ATTRIBUTES.has(key)),
    ),
  }));
  return new Proxy(span, {
    get(target, property, receiver) {
      if (property === 'attributes') return attributes;
      if (property === 'events') return events;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Hands ended spans to `next` (the batch exporter) without their private data, dropping resolver spans shorter than
 * `resolverMinMs`.
 */
export class PrivateSpanFilter implements SpanProcessor {
  constructor(
    private readonly next: SpanProcessor,
    private readonly resolverMinMs: number,
  ) {}
  onStart(span: Span, parentContext: Context): void {
    this.next.onStart(span, parentContext);
  }
  onEnd(span: ReadableSpan): void {
    if (RESOLVER_ATTRIBUTE in span.attributes && durationMs(span) < this.resolverMinMs) return;
    this.next.onEnd(withoutPrivateData(span));
  }
  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }
  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

export interface Tracing {
  provider: NodeTracerProvider;
  /** The Yoga plugins: the operation and resolver spans. */
  plugins(): Plugin[];
  /** Exports what is pending. */
  flush(): Promise<void>;
  /** Exports what is pending, stops the SQL instrumentation and unregisters the provider. */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing for this process: registers the tracer provider (context propagation across awaits) and Prisma's
 * instrumentation. One per process (main.ts); `exporter` replaces the OTLP one (tests).
 */
export function startTracing(settings: TracingSettings, exporter?: SpanExporter): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    spanProcessors: [
      new PrivateSpanFilter(
        new BatchSpanProcessor(
          exporter ?? new OTLPTraceExporter({ url: `${settings.endpoint.replace(/\/+$/, '')}/v1/traces` }),
        ),
        settings.resolverMinMs,
      ),
    ],
  });
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new PrismaInstrumentation()],
  });
  return {
    provider,
    plugins: () => [
      useOpenTelemetry(
        { resolvers: true, defaultResolvers: false, variables: false, result: false, document: true },
        provider,
        undefined,
        {},
        settings.serviceName,
      ) as Plugin,
    ],
    flush: () => provider.forceFlush(),
    async shutdown() {
      unregister();
      await provider.shutdown();
      trace.disable();
      otelContext.disable();
      propagation.disable();
    },
  };
}
