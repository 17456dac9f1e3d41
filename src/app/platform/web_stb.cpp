// stb_image_write's code for --screenshot's PNG writer: natively it comes with Debian's
// libstb; the page compiles it from the same header.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
