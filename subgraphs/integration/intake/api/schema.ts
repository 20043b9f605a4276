/**
 * The published JSON Schema (draft 2020-12) for one API event and for a batch of them; the HTTP
 * layer serves `apiEventSchema` at GET /intake/events/schema. Partners read it, so every property
 * says what it means to them. The payload is chosen by `type` with one if/then per type rather
 * than oneOf: a payload then fails against its own type's schema only, and the problems reported
 * are about that schema, not about four others it was never meant to match.
 */
import { API_EVENT_TYPES, type ApiEventType } from '../../../../lib/events/model.ts';
import {
  inventorySnapshotPayload,
  orderStatusChangePayload,
  paymentPayload,
  returnPayload,
  shipmentTelemetryPayload,
  type JsonSchema,
} from './payload-schemas.ts';

export type { JsonSchema } from './payload-schemas.ts';

export const MAX_EVENTS_PER_BATCH = 5000;

const payloadByType: Record<ApiEventType, JsonSchema> = {
  order_status_change: orderStatusChangePayload,
  inventory_snapshot: inventorySnapshotPayload,
  shipment_telemetry: shipmentTelemetryPayload,
  payment: paymentPayload,
  return: returnPayload,
};

const eventProperties = {
  id: {
    type: 'string',
    minLength: 1,
    maxLength: 200,
    description:
      'Your id for this event, 1 to 200 characters, unique among the events you send. An event re-sent with an id already received is recorded as a duplicate and not applied again, so retrying is safe.',
  },
  type: {
    type: 'string',
    enum: API_EVENT_TYPES,
    description: `What happened; it decides the shape of payload. One of: ${API_EVENT_TYPES.join(', ')}.`,
  },
  occurredAt: {
    type: 'string',
    format: 'date-time',
    description: 'When the event happened in your system, RFC 3339 date-time with a UTC offset, e.g. "2026-11-27T14:30:00Z".',
  },
  partner: {
    type: 'string',
    minLength: 1,
    maxLength: 200,
    description: 'Your partner id as registered with us; optional.',
  },
  payload: {
    type: 'object',
    description: 'The facts of the event; its shape depends on type, as the rule for that type in allOf sets out.',
  },
};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The rules that pick the payload schema from the event's type, one if/then per type. */
const payloadRules = API_EVENT_TYPES.map((type) => ({
  if: { type: 'object', properties: { type: { const: type, description: `This rule applies to ${type} events.` } }, required: ['type'] },
  then: {
    properties: {
      payload: { ...payloadByType[type], description: `The payload when type is ${type}: ${lowerFirst(String(payloadByType[type].description))}` },
    },
  },
}));

/** Without $schema and $id, so it can be embedded in the batch schema. */
const eventBody: JsonSchema = {
  title: 'API event',
  description:
    'One event a partner sends to the intake API: an envelope (id, type, occurredAt, partner) around a payload whose shape the type decides.',
  type: 'object',
  required: ['id', 'type', 'occurredAt', 'payload'],
  properties: eventProperties,
  additionalProperties: false,
  allOf: payloadRules,
};

export const apiEventSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:opsgraph:intake:api-event',
  ...eventBody,
};

export const apiEventBatchSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:opsgraph:intake:api-event-batch',
  title: 'API event batch',
  description: `Up to ${MAX_EVENTS_PER_BATCH} events sent in one request.`,
  type: 'object',
  required: ['events'],
  properties: {
    events: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_EVENTS_PER_BATCH,
      description: `The events, 1 to ${MAX_EVENTS_PER_BATCH}, each as described by the single-event schema.`,
      items: eventBody,
    },
  },
  additionalProperties: false,
};
