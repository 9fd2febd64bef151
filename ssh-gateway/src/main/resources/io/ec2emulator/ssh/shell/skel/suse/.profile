# Sample .profile for SUSE Linux
