# Sample .bashrc for SUSE Linux
test -s ~/.alias && . ~/.alias || true
