#pragma once
// OpenSSL's libcrypto: the message digests behind `hashlib` (as CPython's own _hashlib).
#include <openssl/evp.h>
