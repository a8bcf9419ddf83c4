#pragma once
#include <stdbool.h>

/* An entry point of the Swift runtime, for Swift code: the test behind
 * `isKnownUniquelyReferenced` (whether a native object's strong reference count is one), for
 * a reference held in a constant, which that function cannot take. */
bool swift_isUniquelyReferenced_nonNull_native(const void *object);
