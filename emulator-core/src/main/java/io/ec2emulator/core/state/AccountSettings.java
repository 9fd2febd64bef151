package io.ec2emulator.core.state;

/**
 * The scalar settings of one account in one region (EBS encryption by default, its KMS key), kept as
 * {@link Setting} records so that they join transactions and outlive restarts like any resource.
 * A setting never set has its default.
 */
public final class AccountSettings {

    private final ResourceStore<Setting> store;

    AccountSettings(UndoLog undo) {
        this.store = new ResourceStore<>("setting", Setting::name, undo);
    }

    public String get(String name, String defaultValue) {
        return store.get(name).map(Setting::value).orElse(defaultValue);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }

    public void set(String name, String value) {
        store.put(new Setting(name, value));
    }

    /** Back to the default. */
    public void clear(String name) {
        store.remove(name);
    }
}
