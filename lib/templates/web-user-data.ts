/**
 * User data for the generic web templates: installs nginx on Ubuntu 24.04 or Amazon Linux 2023
 * (whichever package manager is present) and serves a page naming the host, enabled at boot.
 */
export const NGINX_USER_DATA = `#!/bin/bash
# VPC Designer template: nginx serving a page with this instance's host name.
set -euxo pipefail
if command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -y
  apt-get install -y nginx
  ROOT=/var/www/html
else
  dnf install -y nginx
  ROOT=/usr/share/nginx/html
fi
echo "<h1>Hello from $(hostname)</h1>" > "$ROOT/index.html"
systemctl enable --now nginx
`;
