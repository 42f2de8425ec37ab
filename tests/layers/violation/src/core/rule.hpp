// A planted violation for the layer check's own test: core reaching the office and the UNO layer.
#pragma once
#include <com/sun/star/uno/Any.hxx>
#include "uno/engine/engine.hpp"
