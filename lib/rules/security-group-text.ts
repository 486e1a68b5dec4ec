import type { SecurityGroup } from "../design/schema";
import { defineRule } from "./define-rule";
import { disallowedSecurityGroupChars, SECURITY_GROUP_TEXT_ALLOWED } from "./security-group-charset";

type TextField = { field: string; path: string; value: string };

/**
 * The texts of one group that EC2 checks against its character set. The plan sends the name
 * as the description when the description is empty, so the name is checked either way.
 */
function textsOf(group: SecurityGroup): TextField[] {
  const base = `securityGroups.${group.id}`;
  const fields: TextField[] = [
    { field: "group-name", path: `${base}.name`, value: group.name },
    { field: "group-description", path: `${base}.description`, value: group.description },
  ];
  for (const [list, field] of [["ingress", "inbound-rule-description"], ["egress", "outbound-rule-description"]] as const) {
    group[list].forEach((rule, i) => fields.push({ field, path: `${base}.${list}.${i}.description`, value: rule.description }));
  }
  return fields;
}

/**
 * Security group names, descriptions and rule descriptions accept only ASCII letters, digits,
 * spaces and `._-:/()#,@[]+=&;{}!$*` (docs/aws-facts.md §13.1): a Korean
 * description deploys half-way and then fails with InvalidParameterValue. The message names
 * the field, the refused characters and the allowed set, and points Korean text at the Name
 * tag, which EC2 accepts in any language.
 */
export const securityGroupTextInvalid = defineRule("security-group-text-invalid", "error", ({ design }, emit) => {
  for (const group of Object.values(design.securityGroups)) {
    for (const text of textsOf(group)) {
      const bad = disallowedSecurityGroupChars(text.value);
      if (bad.length === 0) continue;
      emit([group.id], text.path, { name: group.name, field: text.field, value: text.value, chars: bad.join(" "), allowed: SECURITY_GROUP_TEXT_ALLOWED });
    }
  }
});
