package io.spotguard.model.auth;

/** The platform a device reports at sign-in. */
public enum DevicePlatform {
    WINDOWS, MACOS, LINUX, ANDROID, IOS, WEB, OTHER
}
