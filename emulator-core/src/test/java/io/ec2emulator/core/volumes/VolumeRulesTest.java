package io.ec2emulator.core.volumes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-type EBS rules at every boundary (fact sheet 1.1–1.3). */
class VolumeRulesTest {

    /** Accepted volumes and the IOPS/throughput they report (empty = none). */
    @ParameterizedTest(name = "{0} {1}GiB iops={2} throughput={3}")
    @CsvSource({
            // gp2: 1–16,384 GiB; baseline 3/GiB, floor 100, cap 16,000
            "gp2, 1, , , 100, ",
            "gp2, 33, , , 100, ",
            "gp2, 34, , , 102, ",
            "gp2, 5333, , , 15999, ",
            "gp2, 5334, , , 16000, ",
            "gp2, 16384, , , 16000, ",
            // gp3: 1–65,536 GiB; 3,000 default at any size; 500/GiB above 3,000; throughput ≤ 0.25 × IOPS
            "gp3, 1, , , 3000, 125",
            "gp3, 1, 3000, 125, 3000, 125",
            "gp3, 7, 3500, , 3500, 125",
            "gp3, 160, 80000, , 80000, 125",
            "gp3, 65536, 80000, 2000, 80000, 2000",
            "gp3, 16, 8000, 2000, 8000, 2000",
            "gp3, 8, 3000, 750, 3000, 750",
            // io1: 4–16,384 GiB; 100–64,000; 50/GiB
            "io1, 4, 100, , 100, ",
            "io1, 4, 200, , 200, ",
            "io1, 1280, 64000, , 64000, ",
            "io1, 16384, 64000, , 64000, ",
            // io2: 4–65,536 GiB; 100–256,000; 1000/GiB
            "io2, 4, 4000, , 4000, ",
            "io2, 256, 256000, , 256000, ",
            "io2, 65536, 256000, , 256000, ",
            // st1/sc1: 125–16,384; standard 1–1,024
            "st1, 125, , , , ",
            "st1, 16384, , , , ",
            "sc1, 125, , , , ",
            "sc1, 16384, , , , ",
            "standard, 1, , , , ",
            "standard, 1024, , , , ",
    })
    void accepted(String type, int size, Integer iops, Integer throughput, Integer reportedIops,
                  Integer reportedThroughput) {
        VolumeRules.Performance performance = VolumeRules.check(type, size, iops, throughput, false, false);
        assertEquals(reportedIops, performance.iops());
        assertEquals(reportedThroughput, performance.throughput());
    }

    /** Refused volumes: the error code and message EC2 answers. */
    @ParameterizedTest(name = "{0} {1}GiB iops={2} throughput={3} → {4}")
    @CsvSource(delimiter = '|', value = {
            "gp2 | 0 | | | InvalidParameterValue | Volume of 0GiB is too small for volume type gp2; minimum is 1GiB",
            "gp2 | 16385 | | | InvalidParameterValue | Volume of 16385GiB is too large for volume type gp2; maximum is 16384GiB",
            "gp2 | 8 | 100 | | InvalidParameterCombination | The parameter iops is not supported for gp2 volumes.",
            "gp2 | 8 | | 125 | InvalidParameterCombination | throughput can only be specified for volumeType gp3.",
            "gp3 | 0 | | | InvalidParameterValue | Volume of 0GiB is too small for volume type gp3; minimum is 1GiB",
            "gp3 | 65537 | | | InvalidParameterValue | Volume of 65537GiB is too large for volume type gp3; maximum is 65536GiB",
            "gp3 | 100 | 2999 | | InvalidParameterValue | Iops of 2999 is too low for volume type gp3; minimum is 3000",
            "gp3 | 200 | 80001 | | InvalidParameterValue | Iops of 80001 is too high for volume type gp3; maximum is 80000",
            "gp3 | 20 | 15000 | | InvalidParameterValue | Iops to volume size ratio of 750.000000 is too high; maximum is 500",
            "gp3 | 7 | 3501 | | InvalidParameterValue | Iops to volume size ratio of 500.142857 is too high; maximum is 500",
            "gp3 | 159 | 80000 | | InvalidParameterValue | Iops to volume size ratio of 503.144654 is too high; maximum is 500",
            "gp3 | 100 | | 124 | InvalidParameterValue | Throughput of 124 MiBps is too low for volume type gp3; minimum is 125 MiBps",
            "gp3 | 100 | 10000 | 2001 | InvalidParameterValue | Throughput of 2001 MiBps is too high for volume type gp3; maximum is 2000 MiBps",
            "gp3 | 100 | 3000 | 1000 | InvalidParameterValue | Throughput (MiBps) to iops ratio of 0.333333 is too high; maximum is 0.250000 MiBps per iops",
            "gp3 | 100 | 3000 | 751 | InvalidParameterValue | Throughput (MiBps) to iops ratio of 0.250333 is too high; maximum is 0.250000 MiBps per iops",
            "io1 | 3 | 100 | | InvalidParameterValue | Volume of 3GiB is too small for volume type io1; minimum is 4GiB",
            "io1 | 16385 | 100 | | InvalidParameterValue | Volume of 16385GiB is too large for volume type io1; maximum is 16384GiB",
            "io1 | 100 | | | InvalidParameterCombination | The parameter iops must be specified for io1 volumes.",
            "io1 | 100 | 99 | | InvalidParameterValue | Iops of 99 is too low for volume type io1; minimum is 100",
            "io1 | 2000 | 64001 | | InvalidParameterValue | Iops of 64001 is too high for volume type io1; maximum is 64000",
            "io1 | 15 | 4000 | | InvalidParameterValue | Iops to volume size ratio of 266.666667 is too high; maximum is 50",
            "io1 | 4 | 201 | | InvalidParameterValue | Iops to volume size ratio of 50.250000 is too high; maximum is 50",
            "io1 | 100 | 1000 | 125 | InvalidParameterCombination | throughput can only be specified for volumeType gp3.",
            "io2 | 3 | 100 | | InvalidParameterValue | Volume of 3GiB is too small for volume type io2; minimum is 4GiB",
            "io2 | 65537 | 100 | | InvalidParameterValue | Volume of 65537GiB is too large for volume type io2; maximum is 65536GiB",
            "io2 | 100 | | | InvalidParameterCombination | The parameter iops must be specified for io2 volumes.",
            "io2 | 100 | 99 | | InvalidParameterValue | Iops of 99 is too low for volume type io2; minimum is 100",
            "io2 | 300 | 256001 | | InvalidParameterValue | Iops of 256001 is too high for volume type io2; maximum is 256000",
            "io2 | 255 | 256000 | | InvalidParameterValue | Iops to volume size ratio of 1003.921569 is too high; maximum is 1000",
            "st1 | 124 | | | InvalidParameterValue | Volume of 124GiB is too small for volume type st1; minimum is 125GiB",
            "st1 | 16385 | | | InvalidParameterValue | Volume of 16385GiB is too large for volume type st1; maximum is 16384GiB",
            "st1 | 500 | 500 | | InvalidParameterCombination | The parameter iops is not supported for st1 volumes.",
            "sc1 | 124 | | | InvalidParameterValue | Volume of 124GiB is too small for volume type sc1; minimum is 125GiB",
            "sc1 | 16385 | | | InvalidParameterValue | Volume of 16385GiB is too large for volume type sc1; maximum is 16384GiB",
            "sc1 | 500 | | 125 | InvalidParameterCombination | throughput can only be specified for volumeType gp3.",
            "standard | 0 | | | InvalidParameterValue | Volume of 0GiB is too small for volume type standard; minimum is 1GiB",
            "standard | 1025 | | | InvalidParameterValue | Volume of 1025GiB is too large for volume type standard; maximum is 1024GiB",
            "standard | 10 | 100 | | InvalidParameterCombination | The parameter iops is not supported for standard volumes.",
            "gp4 | 10 | | | InvalidParameterValue | Value (gp4) for parameter volumeType is invalid. Expected one of: standard, io1, io2, gp2, sc1, st1, gp3.",
    })
    void refused(String type, int size, Integer iops, Integer throughput, String code, String message) {
        Ec2Error error = assertThrows(Ec2Error.class,
                () -> VolumeRules.check(type, size, iops, throughput, false, false));
        assertEquals(code, error.code());
        assertEquals(message, error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"io1, true", "io2, true", "gp2, false", "gp3, false", "st1, false", "sc1, false", "standard, false"})
    void multiAttachOnlyIo1AndIo2(String type, boolean allowed) {
        int size = type.equals("st1") || type.equals("sc1") ? 125 : 100;
        Integer iops = type.startsWith("io") ? 1000 : null;
        if (allowed) {
            VolumeRules.check(type, size, iops, null, true, false);
        } else {
            Ec2Error error = assertThrows(Ec2Error.class, () -> VolumeRules.check(type, size, iops, null, true, false));
            assertEquals("InvalidParameterCombination", error.code());
            assertTrue(error.getMessage().startsWith("Multi-Attach is supported only for io1 and io2 volumes"));
        }
    }

    @ParameterizedTest
    @CsvSource({"gp2, true", "gp3, true", "io1, true", "io2, true", "standard, true", "st1, false", "sc1, false"})
    void bootVolumes(String type, boolean allowed) {
        int size = type.equals("st1") || type.equals("sc1") ? 125 : 100;
        Integer iops = type.startsWith("io") ? 1000 : null;
        if (allowed) {
            VolumeRules.check(type, size, iops, null, false, true);
        } else {
            Ec2Error error = assertThrows(Ec2Error.class, () -> VolumeRules.check(type, size, iops, null, false, true));
            assertEquals("InvalidParameterValue", error.code());
            assertEquals("The volume type " + type + " is not supported for boot volumes.", error.getMessage());
        }
    }

    @Test
    void multiAttachBootVolumeRefused() {
        Ec2Error error = assertThrows(Ec2Error.class, () -> VolumeRules.check("io2", 100, 1000, null, true, true));
        assertEquals("InvalidParameterCombination", error.code());
    }

    @Test
    void tableHasEveryTypeOnce() {
        assertEquals(7, VolumeTypeLimits.ALL.size());
        assertEquals("gp2", VolumeRules.type(null, "gp2"));
        assertEquals(VolumeTypeLimits.ALL.size(),
                VolumeTypeLimits.ALL.stream().map(VolumeTypeLimits::type).distinct().count());
    }
}
