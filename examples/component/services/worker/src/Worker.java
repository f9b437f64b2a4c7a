public class Worker {
  public static void main(String[] args) {
    System.out.println("worker: hello");
  }
}
