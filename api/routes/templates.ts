// /v1/templates: the registry of WhatsApp templates as Meta approved them. Registering records
// Meta's verdict (status, pending unless given); PATCH follows Meta's changes (paused,
// disabled, approved again). Only approved templates are sent. Status changes are audited.
import { Router } from 'express';
import { contactsWithConsent } from '../../contacts/consent-states.js';
import { listTemplates, registerTemplate, setTemplateStatus, templateById } from '../../contacts/templates.js';
import {
  isSendable,
  messageText,
  placeholderMapping,
  renderTemplate,
  type TemplateRecord,
  templateParameters,
  validateParamMapping,
} from '../../domain/templates.js';
import type { Db } from '../../lib/db.js';
import { apiKeyFingerprint } from '../auth.js';
import { ApiError, parseOrThrow } from '../errors.js';
import {
  createTemplateBody,
  listTemplatesQuery,
  renderTemplateBody,
  templateIdParam,
  templateStatusBody,
} from '../template-schemas.js';

export interface TemplateRoutesDeps {
  db: Db;
}

export function toTemplateResource(template: TemplateRecord) {
  return {
    id: template.id,
    name: template.name,
    language: template.language,
    category: template.category,
    status: template.status,
    sendable: isSendable(template.status),
    components: template.components,
    parameters: templateParameters(template.components),
    createdAt: template.createdAt.toISOString(),
    updatedAt: template.updatedAt.toISOString(),
  };
}

export function templateRoutes({ db }: TemplateRoutesDeps): Router {
  const router = Router();

  async function templateOr404(id: string): Promise<TemplateRecord> {
    const template = await templateById(db.pool, id);
    if (!template) throw new ApiError(404, 'not_found', `No template ${id}`);
    return template;
  }

  router.post('/v1/templates', async (req, res) => {
    const body = parseOrThrow(createTemplateBody, req.body);
    const result = await registerTemplate(db.pool, body, apiKeyFingerprint(req));
    if (!result.created) {
      throw new ApiError(
        409,
        'template_exists',
        `Template ${body.name} (${body.language}) is registered already as ${result.existingId}`,
        [
          {
            field: 'name',
            message: `${body.name} (${body.language}) is registered already as ${result.existingId}; PATCH its status instead`,
          },
        ],
      );
    }
    res.status(201).json(toTemplateResource(result.template));
  });

  router.get('/v1/templates', async (req, res) => {
    const query = parseOrThrow(listTemplatesQuery, req.query, 'query');
    const templates = await listTemplates(db.pool, query);
    res.json({ templates: templates.map(toTemplateResource) });
  });

  router.get('/v1/templates/:id', async (req, res) => {
    const { id } = parseOrThrow(templateIdParam, req.params, 'path');
    res.json(toTemplateResource(await templateOr404(id)));
  });

  router.patch('/v1/templates/:id', async (req, res) => {
    const { id } = parseOrThrow(templateIdParam, req.params, 'path');
    const { status } = parseOrThrow(templateStatusBody, req.body);
    const template = await setTemplateStatus(db.pool, id, status, apiKeyFingerprint(req));
    if (!template) throw new ApiError(404, 'not_found', `No template ${id}`);
    res.json(toTemplateResource(template));
  });

  /** Dry run: the components and text one contact's message would carry with this parameter mapping (or, without a contact, the text with [field] markers). Nothing is sent. */
  router.post('/v1/templates/:id/render', async (req, res) => {
    const { id } = parseOrThrow(templateIdParam, req.params, 'path');
    const body = parseOrThrow(renderTemplateBody, req.body);
    const template = await templateOr404(id);
    const problems = validateParamMapping(template, body.params, 'params');
    if (problems.length > 0)
      throw new ApiError(
        400,
        'validation_failed',
        `Invalid parameter mapping: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems,
      );
    let rendered;
    if (body.contactId) {
      const [contact] = await contactsWithConsent(db.pool, [body.contactId]);
      if (!contact) throw new ApiError(404, 'not_found', `No contact ${body.contactId}`);
      if (contact.erasedAt) throw new ApiError(409, 'contact_erased', `Contact ${body.contactId} was erased`);
      rendered = renderTemplate(template, body.params, contact);
    } else {
      rendered = renderTemplate(template, placeholderMapping(body.params), { name: null, phone: '', attributes: {} });
    }
    res.json(rendered.ok ? { ...rendered, text: messageText(template.components, rendered.components) } : rendered);
  });

  return router;
}
