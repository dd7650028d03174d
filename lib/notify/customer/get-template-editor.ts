import {
  CUSTOMER_CHANNELS,
  CUSTOMER_EVENT_KEYS,
  CUSTOMER_EVENTS,
  VARIABLE_HINTS,
} from "./customer-events";
import { getCustomerNotificationSettings } from "./customer-settings";
import { loadTemplates } from "./load-templates";

/** Everything the admin's template editor shows: events, their variables, templates, quiet hours. */
export async function getTemplateEditor() {
  const [templates, settings] = await Promise.all([
    loadTemplates(),
    getCustomerNotificationSettings(),
  ]);
  return {
    events: CUSTOMER_EVENT_KEYS.map((key) => ({
      key,
      label: CUSTOMER_EVENTS[key].label,
      variables: CUSTOMER_EVENTS[key].variables.map((name) => ({
        name,
        hint: VARIABLE_HINTS[name],
      })),
      templates: CUSTOMER_CHANNELS.map((channel) => ({
        channel,
        ...templates[`${key}:${channel}`],
      })),
    })),
    quietHours: settings.quietHours,
  };
}
export type TemplateEditorData = Awaited<ReturnType<typeof getTemplateEditor>>;
