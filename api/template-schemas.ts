// Request and response shapes of /v1/templates: the registry of WhatsApp templates as Meta
// approved them. The components and parameter mappings are domain/templates.ts's schemas.
import { z } from 'zod';
import { templateCategories } from '../domain/consent.js';
import { paramMappingSchema, templateComponentsSchema, templateStatuses } from '../domain/templates.js';

export const createTemplateBody = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/, "must be the template's name at Meta: lowercase letters, digits and _")
    .meta({ example: 'order_confirmation' }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "must be a Meta language code such as 'en', 'en_US' or 'hi'")
    .meta({ example: 'en' }),
  category: z
    .enum(templateCategories)
    .meta({ description: 'Decides the consent a send needs: marketing needs marketing consent' }),
  status: z
    .enum(templateStatuses)
    .default('pending')
    .meta({ description: "Meta's verdict. Only approved templates are sent; unset means pending until PATCHed" }),
  components: templateComponentsSchema,
});

export const templateStatusBody = z.strictObject({ status: z.enum(templateStatuses) });

export const templateIdParam = z.object({ id: z.uuid('must be a template ID (UUID)') });

export const listTemplatesQuery = z.strictObject({
  status: z.enum(templateStatuses).optional(),
  limit: z.coerce.number<string>().int().min(1).max(500).default(100),
});

export const renderTemplateBody = z.strictObject({
  params: paramMappingSchema,
  contactId: z.uuid('must be a contact ID (UUID)').optional().meta({
    description: 'The contact whose fields fill the parameters; without one, each field shows as [field]',
  }),
});

export const templateResource = z.object({
  id: z.uuid(),
  name: z.string(),
  language: z.string(),
  category: z.enum(templateCategories),
  status: z.enum(templateStatuses),
  sendable: z.boolean().meta({ description: 'status is approved' }),
  components: templateComponentsSchema,
  parameters: z
    .object({
      body: z.number().int(),
      headerText: z.boolean(),
      headerMedia: z.enum(['image', 'video', 'document']).nullable(),
      urlButtons: z.array(z.number().int()),
    })
    .meta({ description: 'What a parameter mapping must fill: body {{1}}..{{n}}, the header, url button suffixes' }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const templateListResponse = z.object({ templates: z.array(templateResource) });

export const renderResponse = z.union([
  z.object({
    ok: z.literal(true),
    components: z
      .array(z.record(z.string(), z.unknown()))
      .meta({ description: 'content.template.components of the send request' }),
    text: z.string().meta({
      description: 'What the customer reads: header, body with the parameters filled in, footer, [button labels]',
      example: 'Hi Asha, Diwali offers are live!\n\n[Show me]',
    }),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['missing_parameter', 'invalid_parameter', 'parameter_too_long', 'invalid_mapping']),
    detail: z.string(),
  }),
]);
