int cookielab_app_placeholder() { return 0; }
