package dev.gazette;
public final class Launcher { public static void main(String[] a) {} }
