// A planted violation for the layer check's own test: the component reaching the CLI.
#include "cli/main.hpp"
