// Declarations only (include/CFuzzerDriver.h); the functions are libFuzzer's.
