import "server-only";
import { randomUUID } from "node:crypto";
import type { AwsCall } from "./aws-call";

/** A complete HTTP answer the layer sends instead of (or after rewriting) moto's. */
export type Reply = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * An AWS error in the service's own wire format, so SDK v3 and the AWS CLI parse its code:
 * EC2 uses `<Response><Errors><Error>…`, ELBv2 and STS `<ErrorResponse>`, the tagging API JSON.
 */
export function awsError(call: Pick<AwsCall, "protocol" | "service">, status: number, code: string, message: string): Reply {
  const requestId = randomUUID();
  if (call.protocol === "json") {
    const body = JSON.stringify({ __type: code, Message: message });
    return reply(status, "application/x-amz-json-1.1", body, { "x-amzn-requestid": requestId, "x-amzn-errortype": code });
  }
  if (call.protocol === "ec2") {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
    return reply(status, "text/xml;charset=UTF-8", body, {});
  }
  const type = status >= 500 ? "Receiver" : "Sender";
  const body = `<ErrorResponse xmlns="${namespace(call.service)}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  return reply(status, "text/xml", body, { "x-amzn-requestid": requestId });
}

/** The EC2 DependencyViolation AWS returns when something still uses the resource (HTTP 400). */
export function dependencyViolation(call: AwsCall, message: string): Reply {
  return awsError(call, 400, "DependencyViolation", message);
}

function namespace(service: string): string {
  if (service === "elasticloadbalancing") return "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
  return `https://${service}.amazonaws.com/doc/2011-06-15/`;
}

function reply(status: number, contentType: string, body: string, extra: Record<string, string>): Reply {
  const buffer = Buffer.from(body, "utf8");
  return { status, headers: { "content-type": contentType, "content-length": String(buffer.length), ...extra }, body: buffer };
}

/** Escapes text for an XML element body. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
