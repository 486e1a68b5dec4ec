# Shared by the package shims: makes a package from the sandbox's own Python environment
# importable for the image's /usr/bin/python3 with a .pth file in its site directory.
# Provides nothing when the two Pythons differ in version (compiled modules would not load).
provide_python() {
  local wanted site dist
  wanted=$(echo "$1" | tr 'A-Z.-' 'a-z__')
  site=/run/vpcd/python
  for dist in "$site"/*.dist-info; do
    local name
    name=$(basename "$dist" | sed -E 's/-[^-]+\.dist-info$//' | tr 'A-Z.-' 'a-z__')
    if [[ "$name" == "$wanted" ]]; then
      local version
      version=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
      if [[ "$version" != "${VPCD_PYTHON_VERSION:-}" ]]; then
        echo "the sandbox's Python is ${VPCD_PYTHON_VERSION:-missing}, the image's is ${version:-missing}: cannot provide $1" >&2
        return 1
      fi
      mkdir -p "/usr/local/lib/python$version/dist-packages"
      echo "$site" > "/usr/local/lib/python$version/dist-packages/vpcd-sandbox.pth"
      return 0
    fi
  done
  return 1
}
