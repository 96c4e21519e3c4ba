package cn.zhicheng.domain.model.review;

/**
 * The counted ballot of one applicant: the present, non-recused experts ({@code eligible}) and the votes cast.
 * Passes with 同意 from at least two thirds of the eligible (人社部令第40号 第二十条); a vote not cast counts as no 同意.
 */
public record Tally(int eligible, int inFavour, int against, int abstained) {

    public boolean passed() {
        return eligible > 0 && 3 * inFavour >= 2 * eligible;
    }

    public int cast() {
        return inFavour + against + abstained;
    }
}
