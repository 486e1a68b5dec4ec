/**
 * User data for the lab's web instances: the lab note's Flask app, installed as a systemd
 * service so it survives a reboot. The note's own commands (`apt-get python3-pip`, no
 * `install`, no Flask) fail; Ubuntu 24.04 ships Flask as `python3-flask`, and apt avoids pip's
 * externally-managed-environment refusal. On Amazon Linux 2023 (dnf) Flask comes from pip, so
 * switching the instances' image in the designer keeps the lab working. The address it prints
 * comes from the default route, not a 192.168.* pattern, so any VPC CIDR works.
 */
export const FLASK_APP_PY = `from flask import Flask, jsonify
import subprocess
import re

app = Flask(__name__)


def run(args):
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return result.stdout if result.returncode == 0 else ""


def get_private_ip():
    # The source address of the default route is the instance's primary private address,
    # whatever the VPC's CIDR (10.x, 172.16-31.x, 192.168.x or a public range).
    match = re.search(r"\\bsrc\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)", run(["ip", "-4", "route", "get", "1.1.1.1"]))
    if match:
        return match.group(1)
    # No default route (a private subnet without NAT): the first global, non-loopback IPv4 address.
    found = re.findall(r"inet\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)/", run(["ip", "-4", "-o", "addr", "show", "scope", "global"]))
    found = [ip for ip in found if not ip.startswith("127.")]
    return found[0] if found else None


@app.route("/", methods=["GET"])
def private_ip():
    ip = get_private_ip()
    if ip:
        return jsonify({"private_ip": ip})
    return jsonify({"error": "Failed to retrieve private IP"}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=80)
`;

export const FLASK_USER_DATA = `#!/bin/bash
# VPC Designer seed lab: the Flask app that answers {"private_ip": "..."} on port 80.
set -euxo pipefail
if command -v apt-get >/dev/null; then
  # Ubuntu: Flask from apt (pip refuses the system Python: externally-managed-environment).
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -y
  apt-get install -y python3-flask iproute2
else
  # Amazon Linux 2023: no Flask package, so pip into the system Python.
  dnf install -y python3-pip iproute
  python3 -m pip install flask
fi
install -d -m 0755 /opt/lab
cat > /opt/lab/app.py <<'PY'
${FLASK_APP_PY}PY
cat > /etc/systemd/system/lab-app.service <<'UNIT'
[Unit]
Description=Seed lab Flask app (prints the instance's private IP)
After=network-online.target
Wants=network-online.target

[Service]
ExecStart=/usr/bin/python3 /opt/lab/app.py
Restart=always
RestartSec=2

[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now lab-app.service
`;
