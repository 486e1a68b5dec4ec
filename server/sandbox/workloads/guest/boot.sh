#!/bin/bash
# The sandboxed instance's boot, standing in for cloud-init: writes the user data where
# cloud-init keeps it, runs it once with its output on the console (as cloud-init's
# scripts-user module does), then stays up so the services it started keep running.
# Everything here runs inside bubblewrap: read-only host, private /etc/systemd, /var, /run, /tmp.
mkdir -p /var/lib/cloud/instance/scripts /var/log /run/vpcd/units /etc/systemd/system
booted=$(date +%s%N)
up() { echo $(( ($(date +%s%N) - booted) / 1000000 )) | sed -E 's/([0-9]{3})$/.\1/; s/^\./0./'; }
echo "[  OK  ] Reached target Network (sandbox: eth0 $(ip -4 -o addr show dev eth0 2>/dev/null | awk '{print $4}'))."
echo "Cloud-init v. sandbox running 'modules:final' at $(date -u '+%a, %d %b %Y %H:%M:%S +0000'). Up $(up) seconds."
script=/var/lib/cloud/instance/scripts/part-001
printf '%s' "${VPCD_USER_DATA_B64:-}" | base64 -d > /var/lib/cloud/instance/user-data.txt 2>/dev/null
unset VPCD_USER_DATA_B64
cp /var/lib/cloud/instance/user-data.txt "$script"
chmod 0700 "$script"
first=$(head -c 2 "$script")
if [[ "$first" == "#!" ]]; then
  (cd / && "$script") 2>&1
  rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "cloud-init[$$]: util.py[WARNING]: Failed running $script [$rc]"
    echo "cloud-init[$$]: cc_scripts_user.py[WARNING]: Failed to run module scripts-user (scripts in /var/lib/cloud/instance/scripts)"
  fi
elif head -1 "$script" | grep -q '^#cloud-config'; then
  echo "cloud-init[$$]: the sandbox does not apply #cloud-config user data (only scripts starting with #!)"
else
  echo "cloud-init[$$]: __init__.py[WARNING]: Unhandled non-multipart (text/x-not-multipart) userdata"
fi
echo "Cloud-init v. sandbox finished at $(date -u '+%a, %d %b %Y %H:%M:%S +0000'). Datasource DataSourceEc2Local.  Up $(up) seconds"
exec sleep infinity
