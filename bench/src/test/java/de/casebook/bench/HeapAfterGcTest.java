package de.casebook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** jcmd's GC.heap_info as the JVMs 17 and 25 print it for each collector, 40 MiB held in the old generation. */
class HeapAfterGcTest {

    @Test
    void g1ReportsTheWholeHeapInOneLine() {
        assertThat(HeapAfterGc.usedMebibytes("""
                 garbage-first heap   total 221184K, used 47122K [0x0000000687400000, 0x0000000800000000)
                  region size 1024K, 1 young (1024K), 0 survivors (0K)
                 Metaspace       used 9147K, committed 9408K, reserved 1114112K
                  class space    used 1094K, committed 1216K, reserved 1048576K
                """)).isEqualTo(47122 / 1024.0);
    }

    @Test
    void g1OfJava25NamesWhatItReservedAndCommittedBeforeWhatItUses() {
        assertThat(HeapAfterGc.usedMebibytes("""
                garbage-first heap   total reserved 6172672K, committed 192512K, used 43900K [0x0000000687400000, 0x0000000800000000)
                 region size 4096K, 0 young (0K), 0 survivors (0K)
                 Metaspace       used 9147K, committed 9408K, reserved 1114112K
                """)).isEqualTo(43900 / 1024.0);
    }

    @Test
    void theParallelCollectorsGenerationsAreAddedUp() {
        assertThat(HeapAfterGc.usedMebibytes("""
                 PSYoungGen      total 113152K, used 0K [0x0000000782700000, 0x000000078a500000, 0x0000000800000000)
                  eden space 97280K, 0% used [0x0000000782700000,0x0000000782700000,0x0000000788600000)
                  from space 15872K, 0% used [0x0000000788600000,0x0000000788600000,0x0000000789580000)
                  to   space 15872K, 0% used [0x0000000789580000,0x0000000789580000,0x000000078a500000)
                 ParOldGen       total 259072K, used 43264K [0x0000000687400000, 0x0000000697100000, 0x0000000782700000)
                  object space 259072K, 16% used [0x0000000687400000,0x0000000689e40000,0x0000000697100000)
                 Metaspace       used 9131K, committed 9408K, reserved 1114112K
                """)).isEqualTo(43264 / 1024.0);
    }

    @Test
    void theSerialCollectorsGenerationsAreAddedUp() {
        assertThat(HeapAfterGc.usedMebibytes("""
                 def new generation   total 116224K, used 1024K [0x0000000687400000, 0x000000068f210000, 0x0000000704d50000)
                  eden space 103360K,   0% used [0x0000000687400000, 0x0000000687400000, 0x000000068d8f0000)
                 tenured generation   total 258304K, used 43240K [0x0000000704d50000, 0x0000000714a50000, 0x0000000800000000)
                   the space 258304K,  16% used [0x0000000704d50000, 0x00000007077cc000, 0x00000007077ce000, 0x0000000714a50000)
                """)).isEqualTo((1024 + 43240) / 1024.0);
    }

    @Test
    void anAnswerWithoutAHeapIsNoReading() {
        assertThat(HeapAfterGc.usedMebibytes("12345:\ncom.sun.tools.attach.AttachNotSupportedException: Unable to open socket file")).isEqualTo(-1);
    }
}
