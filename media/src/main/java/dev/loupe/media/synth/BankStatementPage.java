package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Lays out a page of a bank statement, sent as proof of a payment or of a loss: the bank and account holder, the
 * period, and a table of dated payments in and out with the running balance.
 */
final class BankStatementPage {
    private static final double MARGIN = 48;
    private static final double SIZE = 8.5;
    private static final double ROW = 15;

    private BankStatementPage() {
    }

    static Sheet layout(Conventions conventions, List<Face> faces, Random random) {
        Face face = Vocabulary.pick(faces, random);
        Sheet sheet = new Sheet(conventions.pageWidth(), conventions.pageHeight());
        double left = MARGIN;
        double right = sheet.width() - MARGIN;
        Places.BankAccount account = Places.bankAccount(conventions.region(), random);
        String holder = Vocabulary.personName(random);
        LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1250));
        LocalDate end = start.plusMonths(1).minusDays(1);
        double y = 58;
        sheet.line(y).left(left, account.bank(), face.bold(), 16).right(right, "Statement of account", face.bold(), 11);
        y += 14;
        sheet.line(y).left(left, String.join(", ", Places.address(conventions.region(), random)), face, 8)
                .right(right, "Sheet " + (1 + random.nextInt(40)), face, 8);
        y += 34;
        List<String> address = Places.address(conventions.region(), random);
        double column = right - 200;
        sheet.line(y).left(left, holder.toUpperCase(java.util.Locale.ROOT), face, 10)
                .labelled(column, "Period:", conventions.date(start) + " to " + conventions.date(end), face, 8.5, null);
        y += 13;
        sheet.line(y).left(left, address.get(0), face, 10)
                .labelled(column, account.accountLabel() + ":", account.account(), face, 8.5, null);
        y += 13;
        sheet.line(y).left(left, address.get(1), face, 10)
                .labelled(column, account.branchLabel() + ":", account.branch(), face, 8.5, null);
        y += 28;
        double[] edges = {left, left + 88, right - 240, right - 160, right - 80, right};
        sheet.shade(left, y, right - left, ROW + 2, 0.85);
        sheet.line(y + 11.5).left(edges[0] + 4, "Date", face.bold(), SIZE)
                .left(edges[1] + 4, "Description", face.bold(), SIZE)
                .right(edges[3] - 4, "Paid out", face.bold(), SIZE).right(edges[4] - 4, "Paid in", face.bold(), SIZE)
                .right(edges[5] - 4, "Balance", face.bold(), SIZE);
        y += ROW + 2;
        BigDecimal balance = BigDecimal.valueOf(50_000 + random.nextInt(800_000), 2);
        sheet.line(y + 11).left(edges[1] + 4, "Balance brought forward", face, SIZE)
                .right(edges[5] - 4, conventions.money(balance), face, SIZE);
        y += ROW;
        LocalDate date = start;
        int rows = 14 + random.nextInt(10);
        String insurer = Places.insurer(conventions.region(), random);
        for (int i = 0; i < rows && y < sheet.height() - 110; i++) {
            date = date.plusDays(random.nextInt(3));
            boolean in = random.nextInt(5) == 0;
            BigDecimal amount = BigDecimal.valueOf((in ? 20_000 : 300) + random.nextInt(in ? 300_000 : 25_000), 2);
            String description = in ? Vocabulary.pick(random, "Salary", "Transfer from savings",
                    "Claim settlement " + insurer, "Refund") : payee(insurer, random);
            balance = in ? balance.add(amount) : balance.subtract(amount);
            Sheet.Line line = sheet.line(y + 11).left(edges[0] + 4, conventions.date(date), face, SIZE)
                    .left(edges[1] + 4, description, face, Math.min(SIZE, SIZE * (edges[2] - edges[1] - 8)
                            / face.width(description, SIZE)));
            line.right(in ? edges[4] - 4 : edges[3] - 4, conventions.money(amount), face, SIZE)
                    .right(edges[5] - 4, conventions.money(balance), face, SIZE);
            y += ROW;
            sheet.rule(left, y, right, y, 0.3);
        }
        sheet.line(y + 13).left(edges[1] + 4, "Balance carried forward", face.bold(), SIZE)
                .right(edges[5] - 4, conventions.money(balance), face.bold(), SIZE);
        sheet.stampSpot(right - 120, 150);
        sheet.line(sheet.height() - 42).left(left, "Please check this statement and tell us of any entry you do not "
                + "recognise.", face, 7.5);
        return sheet;
    }

    private static String payee(String insurer, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "Card payment " + Vocabulary.trade(random).names().get(random.nextInt(3));
            case 1 -> "Direct debit " + Vocabulary.pick(random, insurer, "City Water", "Power & Gas Co", "Telco Mobile");
            case 2 -> "Card payment " + Vocabulary.pick(Vocabulary.FUEL.names(), random);
            default -> Vocabulary.pick(random, "Cash withdrawal", "Standing order rent", "Online transfer");
        };
    }
}
