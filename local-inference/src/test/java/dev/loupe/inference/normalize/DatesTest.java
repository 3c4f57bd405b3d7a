package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-12              | UNKNOWN     | 2024-01-12
            2024/01/12              | MONTH_FIRST | 2024-01-12
            2024.1.2                | UNKNOWN     | 2024-01-02
            2024-01-12T10:30:00Z    | UNKNOWN     | 2024-01-12
            25/03/2024              | MONTH_FIRST | 2024-03-25
            03/25/2024              | DAY_FIRST   | 2024-03-25
            12.01.2024              | DAY_FIRST   | 2024-01-12
            12-01-2024              | DAY_FIRST   | 2024-01-12
            5/5/2024                | UNKNOWN     | 2024-05-05
            12 Jan 2024             | MONTH_FIRST | 2024-01-12
            12 January 2024         | UNKNOWN     | 2024-01-12
            12-Jan-2024             | UNKNOWN     | 2024-01-12
            12.Jan.2024             | UNKNOWN     | 2024-01-12
            12JAN2024               | UNKNOWN     | 2024-01-12
            "Jan 12, 2024"          | DAY_FIRST   | 2024-01-12
            January 12 2024         | UNKNOWN     | 2024-01-12
            "Sept. 3, 2023"         | UNKNOWN     | 2023-09-03
            12th January 2024       | UNKNOWN     | 2024-01-12
            1st March 2023          | UNKNOWN     | 2023-03-01
            "Tuesday, 2nd July 2024" | UNKNOWN    | 2024-07-02
            the 3rd of May 2022     | UNKNOWN     | 2022-05-03
            2024 Jan 12             | UNKNOWN     | 2024-01-12
            12/01/24                | DAY_FIRST   | 2024-01-12
            12/01/69                | DAY_FIRST   | 2069-01-12
            12/01/70                | DAY_FIRST   | 1970-01-12
            31 Dec 99               | UNKNOWN     | 1999-12-31
            12. März 2024           | UNKNOWN     | 2024-03-12
            3 Mär 2024              | UNKNOWN     | 2024-03-03
            1. Mai 2024             | UNKNOWN     | 2024-05-01
            15 Okt 2023             | UNKNOWN     | 2023-10-15
            24. Dez. 2023           | UNKNOWN     | 2023-12-24
            12 janv. 2024           | UNKNOWN     | 2024-01-12
            3 févr. 2024            | UNKNOWN     | 2024-02-03
            3 fevr 2024             | UNKNOWN     | 2024-02-03
            le 14 mars 2024         | UNKNOWN     | 2024-03-14
            2 avr. 2024             | UNKNOWN     | 2024-04-02
            14 juil. 2024           | UNKNOWN     | 2024-07-14
            15 août 2024            | UNKNOWN     | 2024-08-15
            25 déc. 2024            | UNKNOWN     | 2024-12-25
            12 mrt 2024             | UNKNOWN     | 2024-03-12
            5 mei 2024              | UNKNOWN     | 2024-05-05
            1 okt 2024              | UNKNOWN     | 2024-10-01
            12 de ene de 2024       | UNKNOWN     | 2024-01-12
            "3 abr, 2024"           | UNKNOWN     | 2024-04-03
            20 ago 2024             | UNKNOWN     | 2024-08-20
            31 dic 2024             | UNKNOWN     | 2024-12-31
            12 JANUARY 2024         | UNKNOWN     | 2024-01-12
            12 january 2024         | UNKNOWN     | 2024-01-12
            Date:12/01/2024         | DAY_FIRST   | 2024-01-12
            "Date of loss: 12 Jan 2024" | UNKNOWN | 2024-01-12
            Invoice date 25/03/2024 | UNKNOWN     | 2024-03-25
            (12/01/2024)            | DAY_FIRST   | 2024-01-12
            "12/01/2024."           | DAY_FIRST   | 2024-01-12
            "  12 / 01 / 2024  "    | DAY_FIRST   | 2024-01-12
            12/01/2024 14:30        | DAY_FIRST   | 2024-01-12
            14:30 12/01/2024        | DAY_FIRST   | 2024-01-12
            l2/0l/2O24              | DAY_FIRST   | 2024-01-12
            1O/O1/2O24              | DAY_FIRST   | 2024-01-10
            Ol/O3/2024              | DAY_FIRST   | 2024-03-01
            2S/03/2024              | UNKNOWN     | 2024-03-25
            1B/03/2024              | UNKNOWN     | 2024-03-18
            I2 Jan 2O24             | UNKNOWN     | 2024-01-12
            12 0ct 2024             | UNKNOWN     | 2024-10-12
            4 Ju1y 2024             | UNKNOWN     | 2024-07-04
            29/02/2024              | UNKNOWN     | 2024-02-29
            """)
    void readsPrintedDates(String raw, DateOrder hint, String iso) {
        DateReading reading = Dates.normalise(raw, hint);

        assertThat(reading.problem()).isEmpty();
        assertThat(reading.iso()).isEqualTo(iso);
        assertThat(Dates.normalise(iso, hint).iso()).as("the truth's side reads alike").isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0} ({1}) is {2}, ambiguous {3}, by hint {4}")
    @CsvSource(delimiter = '|', textBlock = """
            03/04/2024 | DAY_FIRST   | 2024-04-03 | true  | true
            03/04/2024 | MONTH_FIRST | 2024-03-04 | true  | true
            03/04/2024 | UNKNOWN     | 2024-04-03 | true  | false
            12/01/24   | MONTH_FIRST | 2024-12-01 | true  | true
            25/03/2024 | MONTH_FIRST | 2024-03-25 | false | false
            03/25/2024 | DAY_FIRST   | 2024-03-25 | false | false
            04/04/2024 | MONTH_FIRST | 2024-04-04 | false | false
            12 Jan 2024 | MONTH_FIRST | 2024-01-12 | false | false
            2024-03-04 | DAY_FIRST   | 2024-03-04 | false | false
            """)
    void saysWhenTheOrderOfDayAndMonthWasAGuess(String raw, DateOrder hint, String iso, boolean ambiguous,
            boolean byHint) {
        DateReading reading = Dates.normalise(raw, hint);

        assertThat(reading.iso()).isEqualTo(iso);
        assertThat(reading.ambiguous()).isEqualTo(ambiguous);
        assertThat(reading.resolvedByHint()).isEqualTo(byHint);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            31/02/2024   | "'31/02/2024' is not a date: February 2024 has 29 days."
            29/02/2023   | "'29/02/2023' is not a date: February 2023 has 28 days."
            31 Apr 2024  | "'31 Apr 2024' is not a date: April 2024 has 30 days."
            2024-13-01   | "'2024-13-01' is not a date: there is no month 13."
            00/01/2024   | "'00/01/2024' is not a date: there is no day 0."
            13/14/2024   | "'13/14/2024' is not a date: neither 13 nor 14 can be a month."
            12/01/202    | "'12/01/202' is not a date: its year 202 should have two or four digits."
            Jan 2024     | "'Jan 2024' is not a whole date: it needs a day, a month and a year."
            12/01        | "'12/01' is not a whole date: it needs a day, a month and a year."
            Date:        | "'Date:' has no date in it."
            ""           | "'' has no date in it."
            """)
    void explainsWhyThereIsNoDate(String raw, String problem) {
        DateReading reading = Dates.normalise(raw, DateOrder.DAY_FIRST);

        assertThat(reading.isRead()).isFalse();
        assertThat(reading.iso()).isEmpty();
        assertThat(reading.problem()).isEqualTo(problem);
    }
}
