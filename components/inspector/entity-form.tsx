"use client";
import type { ReactNode } from "react";
import type { EntityCollection } from "../../lib/design/constants";
import type { Design } from "../../lib/design/schema";
import type { Finding } from "../../lib/rules";
import { InternetGatewayForm, NatGatewayForm, SubnetForm, VpcForm } from "./network-forms";
import { RouteTableForm } from "./route-table-form";
import { InstanceForm, SecurityGroupForm } from "./compute-forms";
import { LoadBalancerForm, TargetGroupForm } from "./balancing-forms";

type FormProps = { design: Design; id: string; findings: readonly Finding[] };
const FORMS: Partial<Record<EntityCollection, (p: FormProps) => ReactNode>> = {
  vpcs: VpcForm,
  subnets: SubnetForm,
  internetGateways: InternetGatewayForm,
  natGateways: NatGatewayForm,
  routeTables: RouteTableForm,
  securityGroups: SecurityGroupForm,
  instances: InstanceForm,
  targetGroups: TargetGroupForm,
  loadBalancers: LoadBalancerForm,
};

/** The form of one entity kind (loaded with the schema checks when a resource is first selected). */
export default function EntityForm({ collection, ...props }: FormProps & { collection: EntityCollection }) {
  const Form = FORMS[collection];
  return Form ? <Form {...props} /> : null;
}
